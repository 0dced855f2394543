namespace Lantern.Practice.Language;

/// <summary>The word classes and punctuation the engine's own code (not only the rules) relies on.</summary>
internal sealed class LexiconIds
{
    public static readonly string[] RequiredClasses =
    [
        "ABBREVIATION", "FEMALE", "FEMALE_TITLE", "MALE", "MALE_TITLE", "CHILD", "PERSON_DETERMINER",
        "CONJUNCTION", "VIOLENT_PARTICIPLE", "QUOTE_DISTANCE", "SPEECH_VERB", "NEGATOR", "PATIENT_STOP", "GAP_STOP",
    ];

    public LexiconIds(Lexicon lexicon)
    {
        var v = lexicon.Vocabulary;
        PossessiveWord = v.GetOrAdd("'s");
        CommaWord = v.GetOrAdd(",");
        SemicolonWord = v.GetOrAdd(";");
        ColonWord = v.GetOrAdd(":");
        OpenParenWord = v.GetOrAdd("(");
        CloseParenWord = v.GetOrAdd(")");
        AgreeWord = v.GetOrAdd("agree");
        TheyWord = v.GetOrAdd("they");
        Lexicon = lexicon;
    }

    public Lexicon Lexicon { get; }

    public int PossessiveWord { get; }

    public int CommaWord { get; }

    public int SemicolonWord { get; }

    public int ColonWord { get; }

    public int OpenParenWord { get; }

    public int CloseParenWord { get; }

    public int AgreeWord { get; }

    public int TheyWord { get; }

    public int Abbreviation { get; private set; }

    public int Female { get; private set; }

    public int FemaleTitle { get; private set; }

    public int Male { get; private set; }

    public int MaleTitle { get; private set; }

    public int Child { get; private set; }

    public int PersonDeterminer { get; private set; }

    public int Conjunction { get; private set; }

    public int ViolentParticiple { get; private set; }

    public int QuoteDistance { get; private set; }

    public int SpeechVerb { get; private set; }

    public int Negator { get; private set; }

    public int PatientStop { get; private set; }

    public int GapStop { get; private set; }

    public void Resolve()
    {
        var l = Lexicon;
        Abbreviation = l.ClassId("ABBREVIATION");
        Female = l.ClassId("FEMALE");
        FemaleTitle = l.ClassId("FEMALE_TITLE");
        Male = l.ClassId("MALE");
        MaleTitle = l.ClassId("MALE_TITLE");
        Child = l.ClassId("CHILD");
        PersonDeterminer = l.ClassId("PERSON_DETERMINER");
        Conjunction = l.ClassId("CONJUNCTION");
        ViolentParticiple = l.ClassId("VIOLENT_PARTICIPLE");
        QuoteDistance = l.ClassId("QUOTE_DISTANCE");
        SpeechVerb = l.ClassId("SPEECH_VERB");
        Negator = l.ClassId("NEGATOR");
        PatientStop = l.ClassId("PATIENT_STOP");
        GapStop = l.ClassId("GAP_STOP");
    }
}
