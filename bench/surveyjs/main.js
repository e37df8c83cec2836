// Bench peer: renders the SurveyJS model built by bench/peers.mjs (window.WERKROUTE_SURVEY).
// "Interactive" for this page = SurveyJS's onAfterRenderSurvey (the survey, with its start button and
// click handlers, is in the DOM); the mark's detail says whether the start button really was there.
(function () {
  const survey = new Survey.Model(window.WERKROUTE_SURVEY);
  survey.onAfterRenderSurvey.add(function () {
    performance.mark('bench:interactive', {
      detail: { button: !!document.querySelector('#survey .sd-navigation__start-btn') },
    });
  });
  SurveyUI.renderSurvey(survey, document.getElementById('survey'));
})();
