# The place question (its places and their names come from the directory) and its widening.
places-whole = Anywhere in { $place }
places-more = More places ▸
results-widened-area = Nothing fits in the place you chose itself, so here is what fits in the wider area ({ $place }):
