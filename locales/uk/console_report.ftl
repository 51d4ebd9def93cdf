## The supervisor's monthly evidence page (bot/channels/console/report.py)
console-report-link = Звіт за місяць із діаграмами (малі числа приховано)
console-report-title = Звіт за місяць
console-report-month = Місяць
console-report-all-bureaus = Усі бюро
console-report-none = Жоден місяць ще не підраховано: місяць підраховується після його завершення.
console-report-not-counted = Цей місяць не підраховано; показано останній підрахований місяць.
