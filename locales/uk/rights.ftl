# Знай свої права (issue 15). Самі теми — дані в rights/*.yaml; тут — слова навколо них.

rights-choose-topic = Оберіть тему. Кожна — кілька коротких екранів; можна повернутися назад або вийти будь-коли.
rights-no-topics = Для вашої країни тем поки немає. У головному меню можна знайти правову допомогу поруч із вами.
rights-next = Далі ›
rights-talk-to-lawyer = Поговорити з юристом
rights-find-legal-help = Знайти юридичну допомогу поруч
rights-screen-first =
    { $page }/{ $pages }

    { $title }

    { $body }

    Джерела:
    { $sources }
    { $note }
rights-screen =
    { $page }/{ $pages }

    { $body }

    Джерела:
    { $sources }
    { $note }
rights-note-draft = ⚠ Чернетка: юрист ще не перевірив цей текст. Перш ніж на нього покладатися, поговоріть із юристом.
rights-note-reviewed = Перевірено юристом ({ $by }) { $date }.
staff-case-rights-topic = Прочитана тема про права: { $topic }

## Куратори: теми про права, які час перевірити юристу
curator-queue-rights = Теми про права, які час перевірити юристу: { $count }
curator-queue-rights-line = • { $title }: остання перевірка { $day }
curator-queue-rights-never = • { $title }: ще не перевірена (чернетка)
