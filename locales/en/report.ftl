# The monthly report for supervisors (`gza report`): figures with nobody in them.
report-lang = en
report-title = Gza: monthly figures, { $month }
report-method = Each number counts the different people who gave that answer during the month, in the bot's questions. No name, chat or message is in these figures: they were counted from answers kept under a code, and those answers are deleted on schedule.
report-hidden-rule = { $hidden } means hidden. A number is shown only when it counts at least { $k } people (a zero is hidden too), and a few other numbers are hidden with it, so that a hidden number cannot be worked out from the rows, the columns and the totals.
report-several-answers = One person can give several answers (several needs, for example); in such tables the totals count answers, not people.
report-unanswered = Not answered
report-total = Total
report-people = People
report-dimension-city = Place
report-dimension-needs = Needs
report-dimension-groups = About the person
report-dimension-service-language = Language of the service
report-dimension-prefs = Preferences
