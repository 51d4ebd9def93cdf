# Знайте правата си (issue 15). Самите теми са данни в rights/*.yaml; тук са думите около тях.

rights-choose-topic = Изберете тема. Всяка е няколко кратки екрана; можете да се върнете или да излезете по всяко време.
rights-no-topics = Все още няма теми за вашата държава. От главното меню можете да потърсите правна помощ близо до вас.
rights-next = Напред ›
rights-talk-to-lawyer = Разговор с юрист
rights-find-legal-help = Правна помощ близо до мен
rights-screen-first =
    { $page }/{ $pages }

    { $title }

    { $body }

    Източници:
    { $sources }
    { $note }
rights-screen =
    { $page }/{ $pages }

    { $body }

    Източници:
    { $sources }
    { $note }
rights-note-draft = ⚠ Чернова: все още не е проверена от юрист. Говорете с юрист, преди да разчитате на нея.
rights-note-reviewed = Проверено от юрист ({ $by }) на { $date }.
staff-case-rights-topic = Прочетена тема за правата: { $topic }

## Куратори: теми за правата, които юрист трябва да прегледа
curator-queue-rights = Теми за правата, които юрист трябва да прегледа: { $count }
curator-queue-rights-line = • { $title }: последен преглед { $day }
curator-queue-rights-never = • { $title }: още не е прегледана (чернова)
