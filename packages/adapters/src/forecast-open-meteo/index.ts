export { OpenMeteoForecast, type OpenMeteoOptions } from './open-meteo.ts';
