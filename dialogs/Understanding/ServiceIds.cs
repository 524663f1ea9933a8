namespace ServiceDesk.Dialogs.Understanding;

/// <summary>
/// The products the recogniser can name as a service hint (for outages on that service and for pre-filling
/// the incident's service). The category each belongs to is in the recogniser's vocabulary.
/// </summary>
public static class ServiceIds
{
    public const string Outlook = "outlook";
    public const string Teams = "teams";
    public const string OneDrive = "onedrive";
    public const string SharePoint = "sharepoint";
    public const string Sap = "sap";
    public const string Vpn = "vpn";
    public const string WiFi = "wifi";
    public const string Printer = "printer";
    public const string Scanner = "scanner";
    public const string Mfa = "mfa";
    public const string Office = "office";
    public const string Adobe = "adobe";
    public const string Salesforce = "salesforce";
    public const string Jira = "jira";
    public const string Zoom = "zoom";

    // The shipped incident catalogue's other services: a device, a part of email, of the network, of the account, a phone.
    public const string Laptop = "laptop";
    public const string Desktop = "desktop";
    public const string Screen = "screen";
    public const string SharedMailbox = "shared-mailbox";
    public const string Calendar = "calendar";
    public const string Internet = "internet";
    public const string Password = "password";
    public const string Account = "account";
    public const string Mobile = "mobile";
    public const string DeskPhone = "desk-phone";
}
