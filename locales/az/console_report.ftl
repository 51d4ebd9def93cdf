## The supervisor's monthly evidence page (bot/channels/console/report.py)
console-report-link = Diaqramlı aylıq hesabat (kiçik rəqəmlər gizlədilib)
console-report-title = Aylıq hesabat
console-report-month = Ay
console-report-all-bureaus = Bütün bürolar
console-report-none = Hələ heç bir ay hesablanmayıb: ay bitdikdən sonra hesablanır.
console-report-not-counted = Həmin ay hesablanmayıb; son hesablanmış ay göstərilir.
