"""The Sensitivity view: how firm each district's ranking is, in charts."""
