## What a channel can do decides what is said (dialogs/start.yaml: say_without, otherwise)

# The privacy note where the channel cannot delete the chat from the device (the web chat).
channels-privacy-note =
    Adınızı deməyiniz lazım deyil. Biz düymələrə verdiyiniz cavabları kod altında saxlayırıq — kim olduğunuzu isə heç vaxt — və onları son mesajınızdan { $days ->
        [one] { $days } gün
       *[other] { $days } gün
    } sonra silirik; komandaya yazdıqlarınızı isə komanda oxuyur. "Çıxış" bu söhbəti səhifədən dərhal silir, /forget isə saxladığımız hər şeyi silir.
    Bu cihazdan başqası da istifadə edirsə, bu səhifəni gizli (inkoqnito) pəncərədə açın ki, brauzer onu tarixçədə saxlamasın.
# The city question where the channel cannot share a location.
channels-screen-ask-city = Haradasınız və ya harada kömək almaq istərdiniz?
channels-handoff-already-open = Siz artıq komanda ilə əlaqədəsiniz: sadəcə buraya yazın. Cavab sizə yalnız bu səhifədə, o açıq qaldıqca çata bilər (səhifəni yeniləmək olar). Onu bağlasanız, yenidən başlayın və bir daha soruşun.
