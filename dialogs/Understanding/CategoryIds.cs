namespace ServiceDesk.Dialogs.Understanding;

/// <summary>
/// The incident categories the recogniser can hint at. The incident flow maps these ids to its configured
/// catalogue; keep them in step with the catalogue's ids.
/// </summary>
public static class CategoryIds
{
    public const string Workstation = "workstation";
    public const string Software = "software";
    public const string Email = "email";
    public const string NetworkVpn = "network-vpn";
    public const string Printing = "printing";
    public const string AccountPassword = "account-password";
    public const string Phone = "phone";
    public const string Other = "other";
}
