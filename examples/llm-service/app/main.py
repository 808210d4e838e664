"""A small inference service: loads a model and serves completions."""
import os

from app.api.routes import build_app

MODEL_PATH = os.environ.get("MODEL_PATH", "/models/llm-7b-q4.safetensors")

app = build_app(MODEL_PATH)
