# Знай свои права (issue 15). Сами темы — данные в rights/*.yaml; здесь — слова вокруг них.

rights-choose-topic = Выберите тему. Каждая — несколько коротких экранов; можно вернуться назад или выйти в любой момент.
rights-no-topics = Для вашей страны тем пока нет. В главном меню можно найти юридическую помощь рядом с вами.
rights-next = Дальше ›
rights-talk-to-lawyer = Поговорить с юристом
rights-find-legal-help = Найти юридическую помощь рядом
rights-screen-first =
    { $page }/{ $pages }

    { $title }

    { $body }

    Источники:
    { $sources }
    { $note }
rights-screen =
    { $page }/{ $pages }

    { $body }

    Источники:
    { $sources }
    { $note }
rights-note-draft = ⚠ Черновик: юрист ещё не проверил этот текст. Прежде чем на него полагаться, поговорите с юристом.
rights-note-reviewed = Проверено юристом ({ $by }) { $date }.
staff-case-rights-topic = Прочитанная тема о правах: { $topic }

## Кураторы: темы о правах, которые пора проверить юристу
curator-queue-rights = Темы о правах, которые пора проверить юристу: { $count }
curator-queue-rights-line = • { $title }: последняя проверка { $day }
curator-queue-rights-never = • { $title }: ещё не проверена (черновик)
