def build_app(model_path):
    """Returns a tiny WSGI app that reports which model it would serve."""
    def app(environ, start_response):
        start_response("200 OK", [("Content-Type", "text/plain")])
        return [f"serving {model_path}\n".encode()]
    return app
