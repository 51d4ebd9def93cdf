## The supervisor's monthly evidence page (bot/channels/console/report.py)
console-report-link = Отчёт за месяц с диаграммами (малые числа скрыты)
console-report-title = Отчёт за месяц
console-report-month = Месяц
console-report-all-bureaus = Все бюро
console-report-none = Ни один месяц ещё не подсчитан: месяц подсчитывается после его окончания.
console-report-not-counted = Этот месяц не подсчитан; показан последний подсчитанный месяц.
