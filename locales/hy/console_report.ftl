## The supervisor's monthly evidence page (bot/channels/console/report.py)
console-report-link = Ամսական հաշվետվություն գծապատկերներով (փոքր թվերը թաքցված են)
console-report-title = Ամսական հաշվետվություն
console-report-month = Ամիս
console-report-all-bureaus = Բոլոր բյուրոները
console-report-none = Դեռ ոչ մի ամիս հաշվարկված չէ. ամիսը հաշվարկվում է այն ավարտվելուց հետո։
console-report-not-counted = Այդ ամիսը հաշվարկված չէ. ցույց է տրված վերջին հաշվարկված ամիսը։
