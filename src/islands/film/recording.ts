/*
 * What the player needs to write what was played to the learner's record. FilmPlayer.tsx loads
 * it when the film starts playing, not with the page: nothing is played, nothing to write.
 */
export { toShares } from "../../lib/film/watched";
export { watchFilm } from "../../stores/film";
