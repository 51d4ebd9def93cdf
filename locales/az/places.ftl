# The place question (its places and their names come from the directory) and its widening.
places-whole = { $place } — hər yerdə
places-more = Digər yerlər ▸
results-widened-area = Seçdiyiniz yerin özündə uyğun heç nə yoxdur, ona görə də daha geniş ərazidə ({ $place }) olanlar bunlardır:
