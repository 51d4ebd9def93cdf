# Hüquqlarınızı bilin (issue 15). Mövzuların özü rights/*.yaml fayllarındadır; burada onların ətrafındakı sözlərdir.

rights-choose-topic = Mövzu seçin. Hər biri bir neçə qısa ekrandır; istənilən vaxt geri qayıda və ya çıxa bilərsiniz.
rights-no-topics = Ölkəniz üçün hələ mövzu yoxdur. Əsas menyuda yaxınlığınızda hüquqi yardım axtara bilərsiniz.
rights-next = Növbəti ›
rights-talk-to-lawyer = Hüquqşünasla danışmaq
rights-find-legal-help = Yaxınlıqda hüquqi yardım tapmaq
rights-screen-first =
    { $page }/{ $pages }

    { $title }

    { $body }

    Mənbələr:
    { $sources }
    { $note }
rights-screen =
    { $page }/{ $pages }

    { $body }

    Mənbələr:
    { $sources }
    { $note }
rights-note-draft = ⚠ Qaralama: hələ hüquqşünas tərəfindən yoxlanılmayıb. Ona güvənməzdən əvvəl hüquqşünasla danışın.
rights-note-reviewed = Hüquqşünas tərəfindən yoxlanılıb ({ $by }), { $date }.
staff-case-rights-topic = Oxunan hüquq mövzusu: { $topic }

## Kuratorlar: hüquqşünasın yoxlamalı olduğu hüquq mövzuları
curator-queue-rights = Hüquqşünasın yoxlamalı olduğu hüquq mövzuları: { $count }
curator-queue-rights-line = • { $title }: son yoxlama { $day }
curator-queue-rights-never = • { $title }: hələ yoxlanılmayıb (qaralama)
