/** Strings of the forecast fill on the outfits screen (English). */
export const weatherEn = {
  useForecast: 'Use the forecast',
  useMyLocation: 'Use my location',
  savedCity: (name: string) => `Forecast for ${name}`,
  hereNow: 'Forecast for your location',
  loading: 'Getting the forecast…',
  filled: (deg: number, rain: boolean) =>
    `Forecast: ${deg} °C${rain ? ', rain likely' : ', no rain'}. You can still change it.`,
  climate: 'Typical weather for this date (past years)',
  unavailable: 'The forecast is not available right now: set the temperature and rain by hand.',
  noLocation:
    'No location: allow it in the browser or save a city in Settings, or set the weather by hand.',
};

/** The city section of Settings (English). */
export const cityEn = {
  title: 'Your city',
  hint: 'The outfits screen fills the weather from this city’s forecast.',
  search: 'Search a city',
  searchButton: 'Search',
  none: 'No city saved yet.',
  current: (name: string) => `Saved: ${name}`,
  noMatch: 'No city by that name.',
  choose: (name: string) => `Choose ${name}`,
  saved: 'City saved',
};
