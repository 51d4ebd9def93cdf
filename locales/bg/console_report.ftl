## The supervisor's monthly evidence page (bot/channels/console/report.py)
console-report-link = Месечен отчет с графики (малките числа са скрити)
console-report-title = Месечен отчет
console-report-month = Месец
console-report-all-bureaus = Всички бюра
console-report-none = Още няма преброен месец: месецът се преброява, след като приключи.
console-report-not-counted = Този месец не е преброен; показан е последният преброен месец.
