"""Editing the model in the window: the tree's and the Model menu's commands, their dialogs,
New model… and Save model as…; every edit goes through the core's model_edit functions."""
