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
