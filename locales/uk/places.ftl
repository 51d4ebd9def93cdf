# The place question (its places and their names come from the directory) and its widening.
places-whole = { $place } — будь-де
places-more = Інші місця ▸
results-widened-area = У самому обраному місці нічого не знайшлося, тож ось що є в ширшій місцевості ({ $place }):
