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
report-method-cases = Cases are counted in the month they were opened, taken or closed, and times are shown only in bands. People who said their answers should not be counted are not in these figures.
report-no-bureau = No bureau (place not given)
report-bureau-title = Gza: monthly figures of { $bureau }, { $month }
report-bureau-note = This report is a part of the report for all bureaus, cut from the same tables: comparing the two shows nothing that report does not show already.
report-band = { $band ->
     [under_h1] under 1 hour
     [h1_to_4] 1 to 4 hours
     [h4_to_24] 4 to 24 hours
    *[over_h24] more than 24 hours
    }
report-weekday = { $day ->
     [mon] Monday
     [tue] Tuesday
     [wed] Wednesday
     [thu] Thursday
     [fri] Friday
     [sat] Saturday
    *[sun] Sunday
    }
report-opening = { $open ->
     [open] bureau open
    *[closed] bureau closed
    }
report-answer = { $answer ->
     [yes] yes
    *[no] no
     [not_reached] did not reach a service
    }
report-dimension-bureau = Bureau
report-dimension-rights-topic = Rights topic read
report-dimension-contact-hour = Hour a case was opened (bureau's clock)
report-dimension-contact-weekday = Weekday a case was opened
report-dimension-contact-hours = Case opened while the bureau was
report-dimension-take-time = Time until a person took the case
report-dimension-close-outcome = Outcome of closed cases
report-dimension-close-time = Time from opening to closing
report-dimension-violence-type = Kind of violence disclosed (GBVIMS types)
report-dimension-followup-type = Type of service
report-dimension-followup-reached = Reached a service
report-dimension-followup-respected = Treated with respect
report-dimension-disrespect-type = Reports of disrespect: type of service
report-dimension-disrespect-city = Reports of disrespect: place
report-charts = Charts
report-chart-city-needs = People by place and need
report-chart-months = People who searched, by month
report-chart-disrespect = Reports of disrespect by type of service
report-chart-take-time = Time until a person took the case
report-chart-contact-hours = Cases opened by hour of day; shaded: the bureau's opening hours
report-chart-open = opening hours
report-chart-hidden = Hidden numbers ({ $hidden }) are left out of the charts.
