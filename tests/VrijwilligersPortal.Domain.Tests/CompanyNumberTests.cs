using VrijwilligersPortal.Domain.Organisations;

namespace VrijwilligersPortal.Domain.Tests;

public class CompanyNumberTests
{
    [Theory]
    [InlineData("0123.456.749", "0123456749")]
    [InlineData("BE0123456749", "0123456749")]
    [InlineData("be 0123 456 749", "0123456749")]
    [InlineData("BE 0203.201.340", "0203201340")]
    [InlineData("4123 4567", "41234567")]
    [InlineData("  ", null)]
    [InlineData(null, null)]
    public void Normalise_keeps_the_digits_people_type_around_dots_spaces_and_the_BE_prefix(string? typed, string? digits) =>
        Assert.Equal(digits, CompanyNumber.Normalise(typed));

    [Theory]
    [InlineData("0123456749")] // 97 - (01234567 mod 97) = 49
    [InlineData("0203201340")] // 97 - (02032013 mod 97) = 40
    [InlineData("1000000021")] // starts with 1: 97 - (10000000 mod 97) = 21
    public void A_Belgian_enterprise_number_has_ten_digits_starting_with_0_or_1_and_a_right_check_number(string digits) =>
        Assert.True(CompanyNumber.IsEnterpriseNumber(digits));

    [Theory]
    [InlineData("0123456748")] // check number one off
    [InlineData("0123456794")] // check digits swapped
    [InlineData("2123456749")] // starts with 2
    [InlineData("123456749")] // nine digits
    [InlineData("01234567490")] // eleven digits
    [InlineData("41234567")] // a KvK number
    [InlineData("01234567a9")]
    [InlineData(null)]
    public void Anything_else_is_not_a_Belgian_enterprise_number(string? digits) =>
        Assert.False(CompanyNumber.IsEnterpriseNumber(digits));

    [Fact]
    public void A_check_number_of_97_is_right_when_the_first_eight_digits_are_a_multiple_of_97()
    {
        var body = (10000000 / 97 * 97).ToString("D8", System.Globalization.CultureInfo.InvariantCulture);

        Assert.True(CompanyNumber.IsEnterpriseNumber(body + "97"));
        Assert.False(CompanyNumber.IsEnterpriseNumber(body + "00"));
    }

    [Theory]
    [InlineData("41234567", true)]
    [InlineData("4123456", false)]
    [InlineData("0123456749", false)]
    public void A_KvK_number_has_eight_digits(string digits, bool valid) =>
        Assert.Equal(valid, CompanyNumber.IsKvkNumber(digits));

    [Theory]
    [InlineData("0123456749", "0123.456.749")]
    [InlineData("41234567", "41234567")]
    public void Shows_a_Belgian_number_as_Belgians_write_it(string digits, string shown) =>
        Assert.Equal(shown, CompanyNumber.Display(digits));
}
