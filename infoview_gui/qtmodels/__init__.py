"""Qt item models over stored rows. QtCore and QtGui only: no widgets here."""
