## Web chat page: quick exit, the page menu, location, result cards
# The page's own words; the title and header never say what the page is for.

web-title-neutral = ჩანაწერები
web-exit-hint = მაშინვე გადადის სხვა საიტზე. ასევე შეგიძლიათ ორჯერ დააჭიროთ Esc-ს.
web-menu = მენიუ
web-forget = ჩემი მონაცემების წაშლა
web-location = 📍 ჩემი მდებარეობის გამოყენება
web-location-failed = მდებარეობის დადგენა ვერ მოხერხდა. გთხოვთ, აირჩიოთ ადგილი სიიდან.
web-input-label = თქვენი შეტყობინება
web-map = რუკა
web-call = დარეკვა
web-start-again = თავიდან დაწყება
