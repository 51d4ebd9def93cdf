## Web chat page: quick exit, the page menu, location, result cards
# The page's own words; the title and header never say what the page is for.

web-title-neutral = Нотатки
web-exit-hint = Одразу переходить на інший сайт. Можна також двічі натиснути Esc.
web-menu = Меню
web-forget = Стерти мої дані
web-location = 📍 Використати моє місцезнаходження
web-location-failed = Не вдалося визначити ваше місцезнаходження. Будь ласка, оберіть місце зі списку.
web-input-label = Ваше повідомлення
web-map = Мапа
web-call = Зателефонувати
web-start-again = Почати знову
