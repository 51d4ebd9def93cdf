# Rəhbərlər üçün aylıq hesabat (`gza report`): heç kimin tanına bilmədiyi rəqəmlər.
report-lang = az
report-title = Gza: aylıq rəqəmlər, { $month }
report-method = Hər rəqəm ay ərzində botun suallarına bu cavabı vermiş fərqli insanların sayını göstərir. Bu rəqəmlərdə nə ad, nə çat, nə də mesaj var: onlar kod altında saxlanılan cavablardan sayılıb, cavabların özləri isə qrafik üzrə silinir.
report-hidden-rule = { $hidden } gizlədilib deməkdir. Rəqəm yalnız ən azı { $k } insanı saydıqda göstərilir (sıfır da gizlədilir), və onunla birlikdə bir neçə başqa rəqəm də gizlədilir ki, gizli rəqəmi sətirlərdən, sütunlardan və yekunlardan hesablamaq mümkün olmasın.
report-several-answers = Bir insan bir neçə cavab verə bilər (məsələn, bir neçə ehtiyac); belə cədvəllərdə yekunlar insanları deyil, cavabları sayır.
report-unanswered = Cavabsız
report-total = Cəmi
report-people = İnsanlar
report-dimension-city = Yer
report-dimension-needs = Ehtiyaclar
report-dimension-groups = İnsan haqqında
report-dimension-service-language = Xidmətin dili
report-dimension-prefs = İstəklər
report-method-cases = Müraciətlər açıldığı, götürüldüyü və ya bağlandığı ayda sayılır, vaxtlar isə yalnız aralıqlarla göstərilir. Cavablarının sayılmamasını istəyən insanlar bu rəqəmlərdə yoxdur.
report-no-bureau = Bürosuz (yer göstərilməyib)
report-bureau-title = Gza: { $bureau } — aylıq rəqəmlər, { $month }
report-bureau-note = Bu hesabat bütün büroların hesabatının eyni cədvəllərdən kəsilmiş bir hissəsidir: ikisini müqayisə etmək o hesabatda artıq görünməyən heç nə göstərmir.
report-band = { $band ->
     [under_h1] 1 saatdan az
     [h1_to_4] 1–4 saat
     [h4_to_24] 4–24 saat
    *[over_h24] 24 saatdan çox
    }
report-weekday = { $day ->
     [mon] bazar ertəsi
     [tue] çərşənbə axşamı
     [wed] çərşənbə
     [thu] cümə axşamı
     [fri] cümə
     [sat] şənbə
    *[sun] bazar
    }
report-opening = { $open ->
     [open] büro açıq idi
    *[closed] büro bağlı idi
    }
report-answer = { $answer ->
     [yes] bəli
    *[no] xeyr
     [not_reached] xidmətə çata bilmədi
    }
report-dimension-bureau = Büro
report-dimension-rights-topic = Oxunan hüquq mövzusu
report-dimension-contact-hour = Müraciətin açıldığı saat (büronun vaxtı ilə)
report-dimension-contact-weekday = Müraciətin açıldığı həftə günü
report-dimension-contact-hours = Müraciət açılanda
report-dimension-take-time = Müraciəti bir insan götürənə qədər keçən vaxt
report-dimension-close-outcome = Bağlanmış müraciətlərin nəticəsi
report-dimension-close-time = Açılışdan bağlanışa qədər vaxt
report-dimension-violence-type = Açıqlanmış zorakılıq növü (GBVIMS növləri)
report-dimension-followup-type = Xidmət növü
report-dimension-followup-reached = Xidmətə çatdı
report-dimension-followup-respected = Hörmətlə yanaşıldı
report-dimension-disrespect-type = Hörmətsizlik barədə bildirişlər: xidmət növü
report-dimension-disrespect-city = Hörmətsizlik barədə bildirişlər: yer
report-charts = Diaqramlar
report-chart-city-needs = Yer və ehtiyaca görə insanlar
report-chart-months = Kömək axtaran insanlar, aylar üzrə
report-chart-disrespect = Xidmət növünə görə hörmətsizlik bildirişləri
report-chart-take-time = Müraciəti bir insan götürənə qədər keçən vaxt
report-chart-contact-hours = Günün saatlarına görə açılmış müraciətlər; kölgəli: büronun iş saatları
report-chart-open = iş saatları
report-chart-hidden = Gizlədilmiş rəqəmlər ({ $hidden }) diaqramlara daxil edilməyib.
