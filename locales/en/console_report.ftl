## The supervisor's monthly evidence page (bot/channels/console/report.py)
console-report-link = Monthly report with charts (small numbers hidden)
console-report-title = Monthly report
console-report-month = Month
console-report-all-bureaus = All bureaus
console-report-none = No month has been counted yet: a month is counted once it has ended.
console-report-not-counted = That month has not been counted; showing the latest counted month.
