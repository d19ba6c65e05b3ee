package org.crosscheck.ingest;

import java.util.List;

/** Short news sentences in languages whose letters the single-byte encodings place differently. */
final class Texts {

    static final List<String> POLISH = List.of(
            "Burmistrz powiedział, że most zostanie ponownie otwarty w poniedziałek.",
            "Według policji co najmniej dwanaście osób zostało rannych, trzy ciężko.",
            "Naprawa będzie kosztować 4,5 mln złotych, poinformował urząd miasta.",
            "Właściciele kawiarni przy ulicy Głównej stracili tydzień utargu.",
            "Rzecznik ministerstwa odmówił komentarza w sprawie źródeł.",
            "Żołnierze wrócą do kraju przed końcem roku, zapewnił minister.");

    static final List<String> CZECH = List.of(
            "Starosta řekl, že most bude znovu otevřen v pondělí.",
            "Podle policie bylo zraněno nejméně dvanáct lidí, tři z nich vážně.",
            "Oprava bude stát 4,5 milionu korun, uvedl úřad města.",
            "Majitelé kaváren v Hlavní ulici přišli o týden tržeb.",
            "Mluvčí ministerstva odmítl situaci komentovat.",
            "Vojáci se vrátí domů ještě před koncem roku, slíbil ministr.");

    static final List<String> RUSSIAN = List.of(
            "Мэр заявил, что мост снова откроют в понедельник.",
            "По данным полиции, пострадали по меньшей мере двенадцать человек.",
            "Ремонт обойдётся в 4,5 миллиона рублей, сообщили в мэрии.",
            "Владельцы кафе на Главной улице потеряли неделю выручки.",
            "Представитель министерства отказался от комментариев.",
            "Солдаты вернутся домой до конца года, пообещал министр.");

    static final List<String> TURKISH = List.of(
            "Belediye başkanı köprünün pazartesi günü yeniden açılacağını söyledi.",
            "Polise göre en az on iki kişi yaralandı, üçü ağır.",
            "Onarım 4,5 milyon liraya mal olacak, belediye açıkladı.",
            "Ana caddedeki kafe sahipleri bir haftalık kazancını kaybetti.",
            "Bakanlık sözcüsü konu hakkında yorum yapmadı.",
            "Askerler yıl sonundan önce eve dönecek, dedi bakan.");

    static final List<String> GREEK = List.of(
            "Ο δήμαρχος δήλωσε ότι η γέφυρα θα ανοίξει ξανά τη Δευτέρα.",
            "Σύμφωνα με την αστυνομία, τουλάχιστον δώδεκα άνθρωποι τραυματίστηκαν.",
            "Η επισκευή θα κοστίσει 4,5 εκατομμύρια ευρώ, ανακοίνωσε ο δήμος.",
            "Οι ιδιοκτήτες καφέ στην κεντρική οδό έχασαν τα έσοδα μιας εβδομάδας.",
            "Ο εκπρόσωπος του υπουργείου αρνήθηκε να σχολιάσει.",
            "Οι στρατιώτες θα επιστρέψουν πριν από το τέλος του έτους.");

    private Texts() {
    }
}
