"""The reader's screens: the reading screen, the help screen and the citation dialogs."""
