using VrijwilligersPortal.Infrastructure.Search;

namespace VrijwilligersPortal.Web.Tests.Features.Vacancies;

/// <summary>The word index's Dutch analysis (docs/adr/0140): what PostgreSQL's portal_dutch configuration did.</summary>
public class DutchWordsTests
{
    [Theory]
    [InlineData("fietsenmakers", "fietsenmaker")]
    [InlineData("repareer", "repareren")]
    [InlineData("koken", "kook")]
    [InlineData("tuinen", "tuin")]
    [InlineData("café", "cafe")]
    [InlineData("ruïne", "ruine")]
    public void Forms_of_a_word_and_accents_give_the_same_term(string one, string other)
    {
        Assert.Equal(DutchWords.Term(one), DutchWords.Term(other));
    }

    [Theory]
    [InlineData("de")]
    [InlineData("het")]
    [InlineData("en")]
    [InlineData("van")]
    public void Stop_words_have_no_term(string word)
    {
        Assert.Null(DutchWords.Term(word));
    }

    [Fact]
    public void Words_with_digits_are_kept_as_they_are()
    {
        Assert.Equal("3581ab", DutchWords.Term("3581ab"));
    }

    [Fact]
    public void Text_is_cut_into_lower_case_words_at_anything_but_letters_and_digits()
    {
        var words = new List<string>();
        DutchWords.ForEachWord("Café-concept: 9,9 km (ÉÉN keer)", ref words, static (ref w, word) => w.Add(new string(word)));

        Assert.Equal(["café", "concept", "9", "9", "km", "één", "keer"], words);
    }
}
