"""Post-its at room scale: the reader beside the wheel, the scribe's quick bar, paste and
import of many notes, and the wall that shows them all."""
