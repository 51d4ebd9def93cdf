# Know your rights (issue 15). The topics themselves are curated data in rights/*.yaml; these are
# the words around them. The first line of every screen stays neutral: a lock screen shows it.

rights-choose-topic = Choose a topic. Each is a few short screens; you can go back or leave at any time.
rights-no-topics = There are no topics yet for your country. From the main menu you can look for legal help near you.
rights-next = Next ›
rights-talk-to-lawyer = Talk to a lawyer
rights-find-legal-help = Find legal help near me
rights-screen-first =
    { $page }/{ $pages }

    { $title }

    { $body }

    Sources:
    { $sources }
    { $note }
rights-screen =
    { $page }/{ $pages }

    { $body }

    Sources:
    { $sources }
    { $note }
rights-note-draft = ⚠ Draft: not yet checked by a lawyer. Talk to a lawyer before you rely on it.
rights-note-reviewed = Checked by a lawyer ({ $by }) on { $date }.
staff-case-rights-topic = Rights topic read: { $topic }

## Curators: topics due for a lawyer's review (queue and weekly digest)
curator-queue-rights = Rights topics due for a lawyer's review: { $count }
curator-queue-rights-line = • { $title }: last reviewed { $day }
curator-queue-rights-never = • { $title }: never reviewed (draft)
