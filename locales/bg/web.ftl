## Web chat page: quick exit, the page menu, location, result cards
# The page's own words; the title and header never say what the page is for.

web-title-neutral = Бележки
web-exit-hint = Веднага отива на друг сайт. Можете също да натиснете Esc два пъти.
web-menu = Меню
web-forget = Изтрий данните ми
web-location = 📍 Използвай местоположението ми
web-location-failed = Местоположението ви не можа да бъде определено. Моля, изберете място от списъка.
web-input-label = Вашето съобщение
web-map = Карта
web-call = Обади се
web-start-again = Започни отначало
