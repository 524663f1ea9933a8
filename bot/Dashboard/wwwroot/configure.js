// The configurable (team) tab's setup page: Teams shows it when the tab is added to a channel; saving points the tab
// at the dashboard, which then signs in and follows the theme like the personal tab.
(() => {
  'use strict';
  const params = new URLSearchParams(location.search);
  const texts = JSON.parse(document.getElementById('texts').textContent);
  const lang = (params.get('lang') || navigator.language || '').toLowerCase().startsWith('fr') ? 'fr' : 'en';
  const theme = params.get('theme');
  document.documentElement.lang = lang;
  document.documentElement.dataset.theme = theme === 'dark' ? 'dark' : theme === 'contrast' ? 'contrast' : 'light';
  document.getElementById('title').textContent = texts[lang].title;
  document.getElementById('text').textContent = texts[lang]['configure.text'];
  document.body.dataset.ready = 'configure';

  const teams = window.microsoftTeams;
  if (!teams || window.parent === window) return;
  const dashboard = new URL('../dashboard', location.href).href;
  teams.app.initialize().then(() => {
    teams.pages.config.registerOnSaveHandler(save => {
      teams.pages.config.setConfig({
        entityId: 'servicedesk-dashboard',
        contentUrl: dashboard + '?host=teams&theme={theme}&lang={locale}',
        websiteUrl: dashboard,
        suggestedDisplayName: texts[lang]['tabName'],
      }).then(() => save.notifySuccess(), error => save.notifyFailure(String(error)));
    });
    teams.pages.config.setValidityState(true);
  });
})();
