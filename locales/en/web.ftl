## Web chat page: quick exit, the page menu, location, result cards
# The page's own words; the title and header never say what the page is for.

web-title-neutral = Notes
web-exit-hint = Leaves at once for another website. You can also press Esc twice.
web-menu = Menu
web-forget = Erase my data
web-location = 📍 Use my location
web-location-failed = Your location could not be read. Please choose a place from the list.
web-input-label = Your message
web-map = Map
web-call = Call
web-start-again = Start again
