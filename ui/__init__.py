"""The Streamlit app: `heard ui` runs `ui/app.py`."""
