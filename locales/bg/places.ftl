# The place question (its places and their names come from the directory) and its widening.
places-whole = { $place } — навсякъде
places-more = Още места ▸
results-widened-area = В самото избрано място няма нищо подходящо, затова ето какво има в по-широкия район ({ $place }):
