## Web chat page: quick exit, the page menu, location, result cards
# The page's own words; the title and header never say what the page is for.

web-title-neutral = Заметки
web-exit-hint = Сразу уходит на другой сайт. Можно также дважды нажать Esc.
web-menu = Меню
web-forget = Стереть мои данные
web-location = 📍 Использовать моё местоположение
web-location-failed = Не удалось определить ваше местоположение. Пожалуйста, выберите место из списка.
web-input-label = Ваше сообщение
web-map = Карта
web-call = Позвонить
web-start-again = Начать заново
