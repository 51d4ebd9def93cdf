# Konsolda adminin səhifələri: insanlar və bürolar (issue 13). Yalnız təxəllüslər, heç vaxt hesablar.
people-link = İnsanlar
people-title = İnsanlar və bürolar
people-invite-heading = Kimisə dəvət edin
people-invite-explain = Birdəfəlik kod alacaqsınız. Yeni əməkdaş onu şəxsi söhbətdə bota göndərir (/join KOD) və sizin seçdiyiniz rol və büro ilə qoşulur: heç kim Telegram hesabı yazmır.
people-role = Rol
people-bureau = Büro
people-alias-optional = Təxəllüs (özü seçsin deyə boş saxlayın)
people-create-code = Kod yarat
people-role-name = { $role ->
        [supervisor] Supervayzer
        [curator] Kurator
       *[staff] Əməkdaş
    }
people-admin = Administrator
people-no-bureau = Kuratorlar və bürosu olmayanlar
people-bureau-heading = Büro: { $name } ({ $id })
people-alias = Təxəllüs
people-change = Dəyiş
people-remove = Sil
people-bureau-none = Bürosuz (kuratorlar)
people-save = Yadda saxla: { $alias }
people-remove-who = Sil: { $alias }
people-nobody = Hələ heç kim yoxdur.
people-bureaus-heading = Bürolar
people-bureau-id = İdentifikator
people-bureau-name = Ad
people-bureau-state = Müraciətlər
people-rename = Adını dəyiş: { $id }
people-bureau-served = Müraciət qəbul edir
people-bureau-not-served = Hələ müraciət qəbul etmir: onun şəhərləri, iş saatları və əməkdaş qrupu konfiqurasiya faylında yazılır.
people-add-bureau = Büro əlavə et
people-done-changed = Yadda saxlanıldı.
people-done-removed = Silindi. Onun konsoldakı bütün sessiyaları bitdi.
people-done-bureau-added = Büro əlavə olundu.
people-done-bureau-renamed = Büronun adı dəyişdi.
people-refused-bureau = Əməkdaşlara və supervayzerlərə müraciət qəbul edən büro lazımdır; kuratorların bürosu olmur.
people-refused-self = Özünüzü silə və ya öz admin rolunuzu götürə bilməzsiniz; başqa admindən xahiş edin.
people-refused-unknown = Siyahıda bu təxəllüslə heç kim yoxdur.
people-refused-alias = Təxəllüs 1-dən 32-yədək hərf və ya rəqəmdir (içində boşluq, nöqtə və ya tire ola bilər).
people-refused-alias-taken = Bu təxəllüs artıq tutulub.
people-refused-bureau-name = Büro identifikatoru 1-dən 32-yədək kiçik latın hərfi, rəqəm, - və ya _ olur; adı 1-dən 64-ədək simvol.
people-code-title = Dəvət kodu
people-code-until = Bir dəfə, { $until } tarixinədək işləyir.
people-code-how = Şəxs şəxsi söhbətdə bota bunu göndərir: /join { $code }
people-code-how-alias = Şəxs şəxsi söhbətdə bota bunu, ardınca seçdiyi təxəllüsü göndərir: /join { $code } Təxəllüs
people-code-once = Bu kod yalnız indi göstərilir; Gza onun yalnız heşini saxlayır. Onu şəxsən və ya etibar etdiyiniz kanalla verin.
people-back = İnsanlara qayıt

# Botun şəxsi söhbətdə /join KOD-a cavabları.
join-how = Əməkdaşlara qoşulmaq üçün aldığınız kodu göndərin: /join KOD
join-slow-down = Bu söhbətdən çox cəhd olub. Lütfən, bir saat gözləyin və yenidən cəhd edin.
join-already = Siz artıq əməkdaşlar siyahısındasınız: { $alias }.
join-code-unknown = Bu kod işləmir: səhv yazılmış, artıq istifadə olunmuş və ya vaxtı keçmiş ola bilər. Lütfən, sizi dəvət edən şəxsdən yenisini istəyin.
join-need-alias = Lütfən, koddan sonra imza atacağınız təxəllüsü əlavə edin: /join KOD Təxəllüsünüz
join-alias-unfit = "{ $alias }" təxəllüs ola bilməz: 1-dən 32-yədək hərf və ya rəqəm işlədin (içində boşluq, nöqtə və ya tire ola bilər). Kodunuz hələ də işləyir.
join-alias-taken = { $alias } təxəllüsü ilə artıq başqası imza atır. Kodu başqa təxəllüslə yenidən göndərin; o hələ də işləyir.
join-welcome-staff = Xoş gəlmisiniz, { $alias }! İndi { $bureau } bürosunun komandasındasınız. Koordinatorunuzdan sizi büronun əməkdaş qrupuna əlavə etməsini xahiş edin; orada /console sizə konsol keçidi verir.
join-welcome-curator = Xoş gəlmisiniz, { $alias }! İndi siz kataloqun kuratorusunuz. Başlamaq üçün burada /curate yazın.
