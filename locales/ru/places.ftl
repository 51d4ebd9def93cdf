# The place question (its places and their names come from the directory) and its widening.
places-whole = { $place } — везде
places-more = Ещё места ▸
results-widened-area = В самом выбранном месте ничего подходящего нет, поэтому вот что есть в более широком районе ({ $place }):
