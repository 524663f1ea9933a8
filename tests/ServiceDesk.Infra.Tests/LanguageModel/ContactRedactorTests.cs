using ServiceDesk.Infra.LanguageModel;

namespace ServiceDesk.Infra.Tests.LanguageModel;

public sealed class ContactRedactorTests
{
    [Theory]
    [InlineData("write to jane.doe@contoso.example now", "write to [email] now")]
    [InlineData("appelez le 06.12.34.56.78 svp", "appelez le [phone] svp")]
    [InlineData("call +1 (555) 123-4567.", "call [phone].")]
    [InlineData("+44 20 7946 0958", "[phone]")]
    [InlineData("ticket INC-000123 since 2026-12-06 at 09:30", "ticket INC-000123 since 2026-12-06 at 09:30")]
    [InlineData("my laptop SN 12345 and KB5034441", "my laptop SN 12345 and KB5034441")]
    public void Redact_ReplacesEmailsAndPhoneNumbersOnly(string text, string expected) =>
        Assert.Equal(expected, ContactRedactor.Redact(text));
}
