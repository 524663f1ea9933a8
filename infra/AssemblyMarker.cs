namespace ServiceDesk.Infra;
