## Web chat page: quick exit, the page menu, location, result cards
# The page's own words; the title and header never say what the page is for.

web-title-neutral = Qeydlər
web-exit-hint = Dərhal başqa sayta keçir. Esc düyməsini iki dəfə də basa bilərsiniz.
web-menu = Menyu
web-forget = Məlumatlarımı sil
web-location = 📍 Yerimi istifadə et
web-location-failed = Yerinizi müəyyən etmək mümkün olmadı. Zəhmət olmasa, siyahıdan bir yer seçin.
web-input-label = Mesajınız
web-map = Xəritə
web-call = Zəng et
web-start-again = Yenidən başla
