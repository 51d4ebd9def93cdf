# The place question (its places and their names come from the directory) and its widening.
places-whole = { $place } — ყველგან
places-more = სხვა ადგილები ▸
results-widened-area = თავად არჩეულ ადგილას შესაფერისი ვერაფერი მოიძებნა, ამიტომ აი, რა არის უფრო ფართო არეალში ({ $place }):
