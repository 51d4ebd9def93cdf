# Təhlükə yolu: nömrələr, ən yaxın kömək və yalnız doğru olan.

## Komandadan kimsə yazacaqmı (nömrələrdən sonra)
emergency-team-told = Komandaya xəbər verdik — sizə burada yazacaqlar. Mesajınızı artıq yaza bilərsiniz.
emergency-team-back = Hazırda komandadan heç kim sizə cavab yaza bilmir. Komanda yenidən burada olacaq: { $when }. O zaman burada yazdıqlarınızı görəcəklər.
emergency-team-later = Hazırda komandadan heç kim sizə cavab yaza bilmir. Komanda qayıdanda burada yazdıqlarınızı görəcək.
emergency-team-none = Hazırda burada heç kim sizə cavab yaza bilmir. Xahiş edirik, yuxarıdakı nömrələrə zəng edin.

## İndi açıq olan ən yaxın kömək (qısa kartlar)
emergency-open-near =
    İndi açıqdır — { $place } və yaxınlığında:
    { $services }
emergency-open-by-phone =
    İndi açıqdır, telefonla və ya onlayn:
    { $services }
emergency-service-title = { $name } — { $organization }
