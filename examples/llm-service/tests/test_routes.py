from app.api.routes import build_app

def test_app():
    assert build_app("m") is not None
