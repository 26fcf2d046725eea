using VrijwilligersPortal.Domain.Common;
using VrijwilligersPortal.Domain.Questions;

namespace VrijwilligersPortal.Domain.Tests.Questions;

public class QuestionTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);
    private static readonly Guid Member = Guid.NewGuid();
    private static readonly Guid Staff = Guid.NewGuid();

    [Fact]
    public void The_first_answer_sets_the_time_to_answer_and_a_later_answer_after_reopening_does_not_move_it()
    {
        var question = Question.Ask(1, 2, "VOG", "Wanneer is een VOG nodig?", Member, Now);

        question.Answer("Bij werk met kinderen.", Staff, Now.AddDays(2));
        question.React("En bij ouderen?", Member, Now.AddDays(3));
        question.Answer("Ook.", Staff, Now.AddDays(4));

        Assert.Equal(QuestionStatus.Answered, question.Status);
        Assert.Equal(Now.AddDays(2), question.FirstAnsweredAt);
        Assert.Equal(Now.AddDays(4), question.AnsweredAt);
        Assert.Equal(Staff, question.AssignedStaffId);
    }

    [Fact]
    public void A_reaction_of_the_organisation_reopens_an_answered_question()
    {
        var question = Question.Ask(1, 2, "VOG", "Vraag", Member, Now);
        question.MarkAnswered(Now.AddDays(1));

        question.React("Nog iets", Member, Now.AddDays(2));

        Assert.Equal(QuestionStatus.Open, question.Status);
        Assert.Null(question.AnsweredAt);
    }

    [Fact]
    public void Internal_notes_are_not_visible_to_the_organisation_and_do_not_answer()
    {
        var question = Question.Ask(1, 2, "VOG", "Vraag", Member, Now);

        question.AddNote("Navragen bij de gemeente", Staff, Now.AddHours(1));

        Assert.Equal(QuestionStatus.Open, question.Status);
        Assert.Null(question.FirstAnsweredAt);
        Assert.False(question.Messages[^1].IsVisibleToOrganisation);
    }

    [Fact]
    public void Empty_and_overlong_messages_and_illegal_moves_are_refused()
    {
        Assert.Throws<DomainException>(() => Question.Ask(1, 2, "VOG", new string('x', Question.TextMaxLength + 1), Member, Now));
        Assert.Throws<DomainException>(() => Question.Ask(1, 2, " ", "Vraag", Member, Now));
        var question = Question.Ask(1, 2, "VOG", "Vraag", Member, Now);
        Assert.Equal("Deze vraag staat al open.", Assert.Throws<DomainException>(() => question.Reopen(Now)).Message);
        question.MarkAnswered(Now);
        Assert.Equal("Deze vraag is al beantwoord.", Assert.Throws<DomainException>(() => question.MarkAnswered(Now)).Message);
    }
}
