using StreamFilter.Core.Detection;

namespace StreamFilter.Core.Tests.Detection;

/// <summary>Passwords, PINs and codes said in words, in English and other languages.</summary>
public class PasswordPhraseDetectorTests
{
    [Theory]
    [InlineData("my password for the VPN is Blue42sky", "Blue42sky")]
    [InlineData("the wifi password is sunshine", "sunshine")] // a plain word is a password too
    [InlineData("the password I use for everything is dragonfly7", "dragonfly7")]
    [InlineData("The password is now Winter2025!", "Winter2025!")]
    [InlineData("the password is \"correct horse battery staple\"", "correct horse battery staple")]
    [InlineData("Password for bob's laptop: Tr0ub4dor", "Tr0ub4dor")]
    [InlineData("my passcode is 482193", "482193")]
    [InlineData("passcode 4821", "4821")]
    [InlineData("my PIN is 4821.", "4821")]
    [InlineData("the door code is 1234#", "1234")]
    [InlineData("pw: hunter22", "hunter22")]
    [InlineData("mein Passwort ist Sonne123", "Sonne123")]
    [InlineData("das WLAN-Passwort lautet Sommer2024!", "Sommer2024!")]
    [InlineData("la contraseña es Gato2020", "Gato2020")]
    [InlineData("le mot de passe est Chat2020", "Chat2020")]
    [InlineData("a senha é Gato2020", "Gato2020")]
    [InlineData("het wachtwoord is Fiets123", "Fiets123")]
    [InlineData("hasło to Kot12345", "Kot12345")]
    [InlineData("lösenordet är Katt2020", "Katt2020")]
    [InlineData("пароль: Qwerty123", "Qwerty123")]
    [InlineData("密码是abc12345", "abc12345")]
    [InlineData("パスワードはHimitsu99", "Himitsu99")]
    [InlineData("비밀번호는 Secret99", "Secret99")]
    public void Finds_the_value(string text, string expected)
    {
        Assert.Equal([expected], DetectorTestKit.Values(text, DetectorTestKit.Scan(text), EntityType.Password));
    }

    [Theory]
    [InlineData("the password is too short")]
    [InlineData("the password is incorrect")]
    [InlineData("password is being reset")]
    [InlineData("the password is expiring soon")]
    [InlineData("das Passwort ist falsch")]
    [InlineData("your password is the same as before")]
    [InlineData("the password is on the sticky note")]
    [InlineData("the password for the admin portal is stored in Vault")]
    [InlineData("passwords are hashed with bcrypt")]
    [InlineData("the password policy is strict")]
    [InlineData("password managers are great")]
    [InlineData("pw is fine")]
    [InlineData("spin is 4821")] // "pin" inside a word
    [InlineData("opinion: 12345")]
    [InlineData("pin 13 of the GPIO header")] // a PIN has 4-8 digits
    [InlineData("password - mailbox password.")] // a dash that explains
    [InlineData("the password is <password>")] // placeholder
    [InlineData("the password is ********")] // mask
    [InlineData("password is ${DB_PASSWORD}")] // template variable
    public void Leaves_descriptions_alone(string text)
    {
        Assert.Empty(DetectorTestKit.Values(text, DetectorTestKit.Scan(text), EntityType.Password));
    }
}
